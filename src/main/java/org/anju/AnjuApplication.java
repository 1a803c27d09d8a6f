package org.anju;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** 安居: one application that a county uses to supervise and serve residential property management. */
@SpringBootApplication
public class AnjuApplication {

    public static void main(String[] args) {
        SpringApplication.run(AnjuApplication.class, args);
    }
}
