/**
 * Life services (物业服务+生活服务, plan §16): a catalogue per company and estate that the disclosure board
 * publishes, one-step bookings by owners (or for elderly residents with consent, by family or the
 * community), the provider's accept, schedule and complete, cancellation and no-show rules, ratings, and
 * statistics per estate and provider.
 */
package org.anju.lifeservice;
