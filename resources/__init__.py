"""Icons, translations and styles shipped with the app."""
