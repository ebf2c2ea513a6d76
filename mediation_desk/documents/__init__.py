"""Documents: form definitions filled from a case and rendered to DOCX and PDF."""
