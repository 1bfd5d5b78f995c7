"""remiss: tolka, registrera, besvara och kontrollera remisser."""

__version__ = "0.1.0"
