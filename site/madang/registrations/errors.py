"""The engine's one domain error."""


class RegistrationError(Exception):
    """A request the engine refuses, with a translated message for the person who asked."""

    def __init__(self, message, *, code="invalid"):
        super().__init__(message)
        self.message = message
        self.code = code
