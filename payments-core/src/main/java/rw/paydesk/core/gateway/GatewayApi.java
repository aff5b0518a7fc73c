package rw.paydesk.core.gateway;

/** The gateway APIs PayDesk has an adapter for, one adapter each. */
public enum GatewayApi {

    DGS_V2("DGS-Pay API v2"),
    DGS_CHARGES("DGS-Pay mobile-money charges API"),
    RWANDA_PAY("Rwanda Pay API v1");

    private final String label;

    GatewayApi(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
