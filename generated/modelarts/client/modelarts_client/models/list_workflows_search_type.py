from enum import StrEnum


class ListWorkflowsSearchType(StrEnum):
    CONTAIN = "contain"
    EQUAL = "equal"

    def __str__(self) -> str:
        return str(self.value)
