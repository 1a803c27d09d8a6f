/**
 * Smart facilities (plan §15): devices on lifts, fire and water systems report over MQTT (an embedded
 * HiveMQ broker, or any external broker) or HTTP; readings are stored by month, each device's latest
 * state is kept, and county-editable rules open, update and close alerts. An opened alert is published as
 * {@link org.anju.iot.AlertOpened} for the casework module to turn into a work order, which it links back
 * with {@link org.anju.iot.Alerts#linkWorkOrder(long, long)}.
 */
package org.anju.iot;
