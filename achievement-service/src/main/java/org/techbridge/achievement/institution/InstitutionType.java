package org.techbridge.achievement.institution;

public enum InstitutionType {
    UNIVERSITY,
    INSTITUTE,
    ENTERPRISE,
    INVESTOR,
    SERVICE_AGENCY
}
