#!/bin/sh
# Creates FlowPod's secrets in directory $1 unless they exist: the RSA key that signs access tokens
# (PKCS#8 PEM, 2048 bits), the secret that signs mailed links and the master key that seals stored
# provider secrets (32 random bytes, base64 each). Kept files
# keep tokens and mailed links valid across restarts. For development stacks; production supplies its
# own secrets (docs/operations.md).
set -eu
dir="${1:?usage: generate-secrets.sh DIR}"
umask 077
mkdir -p "$dir"
if [ ! -s "$dir/jwt-private-key.pem" ]; then
  openssl genpkey -quiet -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$dir/jwt-private-key.pem"
  echo "generate-secrets: created $dir/jwt-private-key.pem"
fi
if [ ! -s "$dir/secrets-key" ]; then
  openssl rand -base64 32 > "$dir/secrets-key"
  echo "generate-secrets: created $dir/secrets-key"
fi
if [ ! -s "$dir/link-secret" ]; then
  openssl rand -base64 32 > "$dir/link-secret"
  echo "generate-secrets: created $dir/link-secret"
fi
