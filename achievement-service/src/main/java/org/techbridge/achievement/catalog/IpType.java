package org.techbridge.achievement.catalog;

public enum IpType {
    PATENT,
    PLANT_VARIETY,
    SOFTWARE_COPYRIGHT,
    KNOW_HOW
}
