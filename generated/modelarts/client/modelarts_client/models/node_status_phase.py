from enum import StrEnum


class NodeStatusPhase(StrEnum):
    ABNORMAL = "Abnormal"
    AVAILABLE = "Available"
    CREATING = "Creating"
    DELETING = "Deleting"

    def __str__(self) -> str:
        return str(self.value)
