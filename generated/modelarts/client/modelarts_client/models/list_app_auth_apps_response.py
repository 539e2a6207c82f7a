from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apig_app_detail_info import ApigAppDetailInfo


T = TypeVar("T", bound="ListAppAuthAppsResponse")


@_attrs_define
class ListAppAuthAppsResponse:
    """
    Attributes:
        apps (list[ApigAppDetailInfo] | Unset): APP基础信息数组,可能为空数组。
        count (int | Unset): 查询到的APP数量。
        total_count (int | Unset): APP总数量。
    """

    apps: list[ApigAppDetailInfo] | Unset = UNSET
    count: int | Unset = UNSET
    total_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.apps, Unset):
            apps = []
            for apps_item_data in self.apps:
                apps_item = apps_item_data.to_dict()
                apps.append(apps_item)

        count = self.count

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if apps is not UNSET:
            field_dict["apps"] = apps
        if count is not UNSET:
            field_dict["count"] = count
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.apig_app_detail_info import ApigAppDetailInfo  # noqa: PLC0415

        d = dict(src_dict)
        _apps = d.pop("apps", UNSET)
        apps: list[ApigAppDetailInfo] | Unset = UNSET
        if _apps is not UNSET:
            apps = []
            for apps_item_data in _apps:
                apps_item = ApigAppDetailInfo.from_dict(apps_item_data)

                apps.append(apps_item)

        count = d.pop("count", UNSET)

        total_count = d.pop("total_count", UNSET)

        list_app_auth_apps_response = cls(
            apps=apps,
            count=count,
            total_count=total_count,
        )

        list_app_auth_apps_response.additional_properties = d
        return list_app_auth_apps_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
