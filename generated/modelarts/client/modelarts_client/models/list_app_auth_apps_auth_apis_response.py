from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auth_type_api_basic_info import AuthTypeApiBasicInfo


T = TypeVar("T", bound="ListAppAuthAppsAuthApisResponse")


@_attrs_define
class ListAppAuthAppsAuthApisResponse:
    """
    Attributes:
        apis (list[AuthTypeApiBasicInfo] | Unset): API认证信息列表
        count (int | Unset): 查询数据个数
        total_count (int | Unset): 数据总量
    """

    apis: list[AuthTypeApiBasicInfo] | Unset = UNSET
    count: int | Unset = UNSET
    total_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apis: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.apis, Unset):
            apis = []
            for apis_item_data in self.apis:
                apis_item = apis_item_data.to_dict()
                apis.append(apis_item)

        count = self.count

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if apis is not UNSET:
            field_dict["apis"] = apis
        if count is not UNSET:
            field_dict["count"] = count
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auth_type_api_basic_info import AuthTypeApiBasicInfo  # noqa: PLC0415

        d = dict(src_dict)
        _apis = d.pop("apis", UNSET)
        apis: list[AuthTypeApiBasicInfo] | Unset = UNSET
        if _apis is not UNSET:
            apis = []
            for apis_item_data in _apis:
                apis_item = AuthTypeApiBasicInfo.from_dict(apis_item_data)

                apis.append(apis_item)

        count = d.pop("count", UNSET)

        total_count = d.pop("total_count", UNSET)

        list_app_auth_apps_auth_apis_response = cls(
            apis=apis,
            count=count,
            total_count=total_count,
        )

        list_app_auth_apps_auth_apis_response.additional_properties = d
        return list_app_auth_apps_auth_apis_response

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
