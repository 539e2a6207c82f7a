from enum import StrEnum


class ListClustersSortBy(StrEnum):
    CLUSTER_NAME = "cluster_name"
    CREATED_AT = "created_at"

    def __str__(self) -> str:
        return str(self.value)
