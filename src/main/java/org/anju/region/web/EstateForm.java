package org.anju.region.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.anju.region.Register;

/** The 新增小区 form; a mutable bean so that a wrongly typed field still re-renders with its error. */
public class EstateForm {

    @NotBlank
    @Size(max = 128)
    private String name;
    @NotNull
    private Long communityId;
    @Size(max = 256)
    private String address;
    @Min(1900)
    @Max(2100)
    private Integer builtYear;
    private boolean legacy;
    private java.math.BigDecimal longitude;
    private java.math.BigDecimal latitude;

    Register.NewEstate toNewEstate() {
        return new Register.NewEstate(name, communityId, address == null || address.isBlank() ? null : address.strip(),
                builtYear, legacy, longitude, latitude);
    }

    public java.math.BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(java.math.BigDecimal longitude) {
        this.longitude = longitude;
    }

    public java.math.BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(java.math.BigDecimal latitude) {
        this.latitude = latitude;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getCommunityId() {
        return communityId;
    }

    public void setCommunityId(Long communityId) {
        this.communityId = communityId;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public Integer getBuiltYear() {
        return builtYear;
    }

    public void setBuiltYear(Integer builtYear) {
        this.builtYear = builtYear;
    }

    public boolean isLegacy() {
        return legacy;
    }

    public void setLegacy(boolean legacy) {
        this.legacy = legacy;
    }
}
