from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_auth_info import ApiAuthInfo


T = TypeVar("T", bound="ListServicesAppAuthApisApiAuthsResponse")


@_attrs_define
class ListServicesAppAuthApisApiAuthsResponse:
    """
    Attributes:
        auths (list[ApiAuthInfo] | Unset): 授权信息数组。
        count (int | Unset): 查询到的授权信息数量。
        total_count (int | Unset): 授权信息总数量。
    """

    auths: list[ApiAuthInfo] | Unset = UNSET
    count: int | Unset = UNSET
    total_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auths: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.auths, Unset):
            auths = []
            for auths_item_data in self.auths:
                auths_item = auths_item_data.to_dict()
                auths.append(auths_item)

        count = self.count

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auths is not UNSET:
            field_dict["auths"] = auths
        if count is not UNSET:
            field_dict["count"] = count
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_auth_info import ApiAuthInfo  # noqa: PLC0415

        d = dict(src_dict)
        _auths = d.pop("auths", UNSET)
        auths: list[ApiAuthInfo] | Unset = UNSET
        if _auths is not UNSET:
            auths = []
            for auths_item_data in _auths:
                auths_item = ApiAuthInfo.from_dict(auths_item_data)

                auths.append(auths_item)

        count = d.pop("count", UNSET)

        total_count = d.pop("total_count", UNSET)

        list_services_app_auth_apis_api_auths_response = cls(
            auths=auths,
            count=count,
            total_count=total_count,
        )

        list_services_app_auth_apis_api_auths_response.additional_properties = d
        return list_services_app_auth_apis_api_auths_response

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
