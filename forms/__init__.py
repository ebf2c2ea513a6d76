"""Printable document forms (文书): one declarative definition per form."""
