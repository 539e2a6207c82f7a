from enum import StrEnum


class ListPoolsNodesResponseApiVersion(StrEnum):
    V2 = "v2"

    def __str__(self) -> str:
        return str(self.value)
