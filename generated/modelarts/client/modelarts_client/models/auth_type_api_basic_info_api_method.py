from enum import StrEnum


class AuthTypeApiBasicInfoApiMethod(StrEnum):
    ANY = "ANY"

    def __str__(self) -> str:
        return str(self.value)
