from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apig_app_detail_info import ApigAppDetailInfo


T = TypeVar("T", bound="ApiAuthInfo")


@_attrs_define
class ApiAuthInfo:
    """
    Attributes:
        app (ApigAppDetailInfo | Unset):
        authed (bool | Unset): API是否已授权给APP。
    """

    app: ApigAppDetailInfo | Unset = UNSET
    authed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app: dict[str, Any] | Unset = UNSET
        if not isinstance(self.app, Unset):
            app = self.app.to_dict()

        authed = self.authed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app is not UNSET:
            field_dict["app"] = app
        if authed is not UNSET:
            field_dict["authed"] = authed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.apig_app_detail_info import ApigAppDetailInfo  # noqa: PLC0415

        d = dict(src_dict)
        _app = d.pop("app", UNSET)
        app: ApigAppDetailInfo | Unset
        if isinstance(_app, Unset):
            app = UNSET
        else:
            app = ApigAppDetailInfo.from_dict(_app)

        authed = d.pop("authed", UNSET)

        api_auth_info = cls(
            app=app,
            authed=authed,
        )

        api_auth_info.additional_properties = d
        return api_auth_info

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
