/**
 * Vision and action plan, and their implementation (UNIDO steps four and five): an initiative's vision and strategic
 * objectives answering its SWOT, action lines with owners, partners, dates, budget, co-financing and milestones, the
 * golden-thread check, the timeline, plan versions and endorsement; joint actions, events with registration and
 * attendance, and partner matchmaking on offers and requests.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Vision, action plan and implementation")
package org.clusterworks.planning;
