package org.anju.iot.internal;

import com.hivemq.extension.sdk.api.ExtensionMain;
import com.hivemq.extension.sdk.api.auth.SimpleAuthenticator;
import com.hivemq.extension.sdk.api.auth.parameter.SimpleAuthInput;
import com.hivemq.extension.sdk.api.auth.parameter.SimpleAuthOutput;
import com.hivemq.extension.sdk.api.auth.parameter.TopicPermission;
import com.hivemq.extension.sdk.api.async.Async;
import com.hivemq.extension.sdk.api.async.TimeoutFallback;
import com.hivemq.extension.sdk.api.packets.auth.DefaultAuthorizationBehaviour;
import com.hivemq.extension.sdk.api.packets.connect.ConnackReasonCode;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartOutput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopOutput;
import com.hivemq.extension.sdk.api.services.Services;
import com.hivemq.extension.sdk.api.services.builder.Builders;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded broker's security: a device connects with its code as user name and its secret as
 * password and may publish only to anju/devices/{its code}/up (nothing else, no subscriptions); the
 * application's own ingest client connects as {@link #INTERNAL_USER} with a password made at each start and
 * may only subscribe to the device topics. Anyone else is refused at CONNECT.
 */
final class DeviceAuthExtension implements ExtensionMain {

    static final String INTERNAL_USER = "anju-internal";
    private static final Logger log = LoggerFactory.getLogger(DeviceAuthExtension.class);

    private final Ingestor ingestor;
    private final DeviceSecrets secrets;
    private final String internalPassword;

    DeviceAuthExtension(Ingestor ingestor, DeviceSecrets secrets, String internalPassword) {
        this.ingestor = ingestor;
        this.secrets = secrets;
        this.internalPassword = internalPassword;
    }

    @Override
    public void extensionStart(ExtensionStartInput input, ExtensionStartOutput output) {
        Services.securityRegistry().setAuthenticatorProvider(provider -> (SimpleAuthenticator) this::onConnect);
    }

    @Override
    public void extensionStop(ExtensionStopInput input, ExtensionStopOutput output) {
    }

    private void onConnect(SimpleAuthInput input, SimpleAuthOutput output) {
        String user = input.getConnectPacket().getUserName().orElse(null);
        String password = input.getConnectPacket().getPassword().map(DeviceAuthExtension::text).orElse(null);
        if (user == null || password == null) {
            output.failAuthentication(ConnackReasonCode.BAD_USER_NAME_OR_PASSWORD, "user name and password required");
            return;
        }
        if (INTERNAL_USER.equals(user)) {
            if (MessageDigest.isEqual(password.getBytes(StandardCharsets.UTF_8),
                    internalPassword.getBytes(StandardCharsets.UTF_8))) {
                output.getDefaultPermissions().add(Builders.topicPermission().topicFilter(MqttSettings.TOPIC_FILTER)
                        .activity(TopicPermission.MqttActivity.SUBSCRIBE).type(TopicPermission.PermissionType.ALLOW)
                        .build());
                output.getDefaultPermissions().setDefaultBehaviour(DefaultAuthorizationBehaviour.DENY);
                output.authenticateSuccessfully();
            } else {
                output.failAuthentication(ConnackReasonCode.BAD_USER_NAME_OR_PASSWORD, "bad credentials");
            }
            return;
        }
        // The device lookup and BCrypt may block: do them off the broker's threads.
        Async<SimpleAuthOutput> async = output.async(Duration.ofSeconds(10), TimeoutFallback.FAILURE);
        Services.extensionExecutorService().submit(() -> {
            try {
                var device = ingestor.device(user);
                if (device.isPresent() && secrets.matches(user, password, device.get().secretHash())) {
                    output.getDefaultPermissions().add(Builders.topicPermission().topicFilter(MqttSettings.topic(user))
                            .activity(TopicPermission.MqttActivity.PUBLISH).type(TopicPermission.PermissionType.ALLOW)
                            .build());
                    output.getDefaultPermissions().setDefaultBehaviour(DefaultAuthorizationBehaviour.DENY);
                    output.authenticateSuccessfully();
                } else {
                    log.info("MQTT connection refused: unknown device or wrong secret for {}", user);
                    output.failAuthentication(ConnackReasonCode.BAD_USER_NAME_OR_PASSWORD, "bad credentials");
                }
            } catch (RuntimeException e) {
                log.warn("MQTT authentication of {} failed: {}", user, e.getMessage());
                output.failAuthentication(ConnackReasonCode.SERVER_UNAVAILABLE, "try again later");
            } finally {
                async.resume();
            }
        });
    }

    private static String text(ByteBuffer buffer) {
        ByteBuffer copy = buffer.asReadOnlyBuffer();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
