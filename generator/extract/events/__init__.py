"""Event rules: one sentence's parse -> event mentions with type, date, place, participants and roles."""
