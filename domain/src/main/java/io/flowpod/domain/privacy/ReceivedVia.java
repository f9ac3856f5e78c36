package io.flowpod.domain.privacy;

/** How the request reached the workspace (GDPR accepts any channel). */
public enum ReceivedVia { EMAIL, WHATSAPP, TELEGRAM, SMS, PHONE, POST, IN_PERSON, WEB }
