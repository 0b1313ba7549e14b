"""Press-release structure: title, header, date line, body, signature, issuers."""
