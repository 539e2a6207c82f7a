from enum import StrEnum


class AuthTypeApiBasicInfoAuthType(StrEnum):
    APP = "APP"
    IAM = "IAM"
    NONE = "NONE"

    def __str__(self) -> str:
        return str(self.value)
