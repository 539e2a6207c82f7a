from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auth_type_api_basic_info_api_method import AuthTypeApiBasicInfoApiMethod
from ..models.auth_type_api_basic_info_auth_type import AuthTypeApiBasicInfoAuthType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthTypeApiBasicInfo")


@_attrs_define
class AuthTypeApiBasicInfo:
    """
    Attributes:
        api_id (str | Unset): API编号。
        api_method (AuthTypeApiBasicInfoApiMethod | Unset): 请求方式包含GET、POST、PUT、DELETE、HEAD、PATCH、OPTIONS、ANY,固定返回ANY。
        api_name (str | Unset): API名称。
        api_remark (str | Unset): API描述。字符长度不超过255
        auth_type (AuthTypeApiBasicInfoAuthType | Unset): API的认证方式。 NONE:无认证 APP:APP认证 IAM :IAM认证
        predict_url (str | Unset): 预测地址。
        service_id (str | Unset): 服务编号。
        service_name (str | Unset): 服务名称。
        support_app_code (bool | Unset): 是否支持APP CODE。
    """

    api_id: str | Unset = UNSET
    api_method: AuthTypeApiBasicInfoApiMethod | Unset = UNSET
    api_name: str | Unset = UNSET
    api_remark: str | Unset = UNSET
    auth_type: AuthTypeApiBasicInfoAuthType | Unset = UNSET
    predict_url: str | Unset = UNSET
    service_id: str | Unset = UNSET
    service_name: str | Unset = UNSET
    support_app_code: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_id = self.api_id

        api_method: str | Unset = UNSET
        if not isinstance(self.api_method, Unset):
            api_method = self.api_method.value

        api_name = self.api_name

        api_remark = self.api_remark

        auth_type: str | Unset = UNSET
        if not isinstance(self.auth_type, Unset):
            auth_type = self.auth_type.value

        predict_url = self.predict_url

        service_id = self.service_id

        service_name = self.service_name

        support_app_code = self.support_app_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if api_method is not UNSET:
            field_dict["api_method"] = api_method
        if api_name is not UNSET:
            field_dict["api_name"] = api_name
        if api_remark is not UNSET:
            field_dict["api_remark"] = api_remark
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if predict_url is not UNSET:
            field_dict["predict_url"] = predict_url
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if service_name is not UNSET:
            field_dict["service_name"] = service_name
        if support_app_code is not UNSET:
            field_dict["support_app_code"] = support_app_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_id = d.pop("api_id", UNSET)

        _api_method = d.pop("api_method", UNSET)
        api_method: AuthTypeApiBasicInfoApiMethod | Unset
        if isinstance(_api_method, Unset):
            api_method = UNSET
        else:
            api_method = AuthTypeApiBasicInfoApiMethod(_api_method)

        api_name = d.pop("api_name", UNSET)

        api_remark = d.pop("api_remark", UNSET)

        _auth_type = d.pop("auth_type", UNSET)
        auth_type: AuthTypeApiBasicInfoAuthType | Unset
        if isinstance(_auth_type, Unset):
            auth_type = UNSET
        else:
            auth_type = AuthTypeApiBasicInfoAuthType(_auth_type)

        predict_url = d.pop("predict_url", UNSET)

        service_id = d.pop("service_id", UNSET)

        service_name = d.pop("service_name", UNSET)

        support_app_code = d.pop("support_app_code", UNSET)

        auth_type_api_basic_info = cls(
            api_id=api_id,
            api_method=api_method,
            api_name=api_name,
            api_remark=api_remark,
            auth_type=auth_type,
            predict_url=predict_url,
            service_id=service_id,
            service_name=service_name,
            support_app_code=support_app_code,
        )

        auth_type_api_basic_info.additional_properties = d
        return auth_type_api_basic_info

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
