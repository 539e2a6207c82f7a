from enum import StrEnum


class NodeApiVersion(StrEnum):
    V2 = "v2"

    def __str__(self) -> str:
        return str(self.value)
