package com.acme;

public class Main {
    public static void main(String[] args) {
        System.out.println(AcmeReplyCode.NOT_LOGGED_IN.defaultText());
    }
}
