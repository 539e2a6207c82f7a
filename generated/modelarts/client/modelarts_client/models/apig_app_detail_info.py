from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apig_app_detail_info_app_type import ApigAppDetailInfoAppType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApigAppDetailInfo")


@_attrs_define
class ApigAppDetailInfo:
    """
    Attributes:
        app_codes (list[str] | Unset): APP Code列表,当APP类型为APIC时,此参数为空。
        app_id (str | Unset): APP编号。
        app_key (str | Unset): APP的key。
        app_name (str | Unset): APP名称。
        app_remark (str | Unset): APP描述,默认为空。不超过200个字符。
        app_secret (str | Unset): APP密钥。
        app_type (ApigAppDetailInfoAppType | Unset): APP类型。可能取值包括: APIC (该APP注册在roma connect网关上) APIG (该APP注册在共享 API网关上)
            DEDICATE_APIG(该APP注册在专享 API网关上)
        bounded_api_count (int | Unset): APP绑定API数量。
        created_at (int | Unset): APP创建时间。
        project_id (str | Unset): 项目ID。
        updated_at (int | Unset): APP更新时间。
        user_id (str | Unset): APP创建用户ID。
    """

    app_codes: list[str] | Unset = UNSET
    app_id: str | Unset = UNSET
    app_key: str | Unset = UNSET
    app_name: str | Unset = UNSET
    app_remark: str | Unset = UNSET
    app_secret: str | Unset = UNSET
    app_type: ApigAppDetailInfoAppType | Unset = UNSET
    bounded_api_count: int | Unset = UNSET
    created_at: int | Unset = UNSET
    project_id: str | Unset = UNSET
    updated_at: int | Unset = UNSET
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_codes: list[str] | Unset = UNSET
        if not isinstance(self.app_codes, Unset):
            app_codes = self.app_codes

        app_id = self.app_id

        app_key = self.app_key

        app_name = self.app_name

        app_remark = self.app_remark

        app_secret = self.app_secret

        app_type: str | Unset = UNSET
        if not isinstance(self.app_type, Unset):
            app_type = self.app_type.value

        bounded_api_count = self.bounded_api_count

        created_at = self.created_at

        project_id = self.project_id

        updated_at = self.updated_at

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_codes is not UNSET:
            field_dict["app_codes"] = app_codes
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if app_key is not UNSET:
            field_dict["app_key"] = app_key
        if app_name is not UNSET:
            field_dict["app_name"] = app_name
        if app_remark is not UNSET:
            field_dict["app_remark"] = app_remark
        if app_secret is not UNSET:
            field_dict["app_secret"] = app_secret
        if app_type is not UNSET:
            field_dict["app_type"] = app_type
        if bounded_api_count is not UNSET:
            field_dict["bounded_api_count"] = bounded_api_count
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_codes = cast(list[str], d.pop("app_codes", UNSET))

        app_id = d.pop("app_id", UNSET)

        app_key = d.pop("app_key", UNSET)

        app_name = d.pop("app_name", UNSET)

        app_remark = d.pop("app_remark", UNSET)

        app_secret = d.pop("app_secret", UNSET)

        _app_type = d.pop("app_type", UNSET)
        app_type: ApigAppDetailInfoAppType | Unset
        if isinstance(_app_type, Unset):
            app_type = UNSET
        else:
            app_type = ApigAppDetailInfoAppType(_app_type)

        bounded_api_count = d.pop("bounded_api_count", UNSET)

        created_at = d.pop("created_at", UNSET)

        project_id = d.pop("project_id", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        user_id = d.pop("user_id", UNSET)

        apig_app_detail_info = cls(
            app_codes=app_codes,
            app_id=app_id,
            app_key=app_key,
            app_name=app_name,
            app_remark=app_remark,
            app_secret=app_secret,
            app_type=app_type,
            bounded_api_count=bounded_api_count,
            created_at=created_at,
            project_id=project_id,
            updated_at=updated_at,
            user_id=user_id,
        )

        apig_app_detail_info.additional_properties = d
        return apig_app_detail_info

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
