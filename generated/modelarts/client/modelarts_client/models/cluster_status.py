from enum import StrEnum


class ClusterStatus(StrEnum):
    ABNORMAL = "abnormal"
    CONCERNING = "concerning"
    DEPLOYING = "deploying"
    RUNNING = "running"

    def __str__(self) -> str:
        return str(self.value)
