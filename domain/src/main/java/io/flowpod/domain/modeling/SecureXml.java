package io.flowpod.domain.modeling;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses uploaded XML with DTDs refused outright, so no entity (external or the billion-laughs kind)
 * is ever declared, let alone resolved, and no external schema or include is fetched.
 */
final class SecureXml {

  /** Why a document could not be parsed, worded for the analyst. */
  static final class Unparseable extends Exception {
    Unparseable(String message) {
      super(message);
    }
  }

  private static final DocumentBuilderFactory FACTORY = factory();

  private SecureXml() {}

  static Document parse(byte[] content) throws Unparseable {
    try {
      DocumentBuilder builder;
      synchronized (FACTORY) {
        builder = FACTORY.newDocumentBuilder();
      }
      builder.setErrorHandler(SILENT);
      builder.setEntityResolver((publicId, systemId) -> {
        throw new SAXException("external entities are not allowed");
      });
      return builder.parse(new ByteArrayInputStream(content));
    } catch (SAXParseException e) {
      throw new Unparseable(describe(e));
    } catch (SAXException | IOException e) {
      throw new Unparseable("is not well-formed XML");
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String describe(SAXParseException e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("DOCTYPE")) {
      return "declares a DOCTYPE; DTDs and entities are not allowed in uploaded models";
    }
    return "is not well-formed XML (line " + e.getLineNumber() + ", column " + e.getColumnNumber()
        + ")";
  }

  private static DocumentBuilderFactory factory() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      return factory;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("The XML parser cannot be hardened", e);
    }
  }

  private static final ErrorHandler SILENT = new ErrorHandler() {
    @Override
    public void warning(SAXParseException e) {}

    @Override
    public void error(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  };
}
