from enum import StrEnum


class ListServicesAppAuthApisApiAuthsShowOnly(StrEnum):
    AUTH = "AUTH"
    UNAUTH = "UNAUTH"

    def __str__(self) -> str:
        return str(self.value)
