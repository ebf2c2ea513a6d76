"""Pure domain rules: validation, numbering, money, vocabularies, risk. No I/O here."""
