from enum import StrEnum


class ApigAppDetailInfoAppType(StrEnum):
    APIC = "APIC"
    APIG = "APIG"
    DEDICATE_APIG = "DEDICATE_APIG"

    def __str__(self) -> str:
        return str(self.value)
