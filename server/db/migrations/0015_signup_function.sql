-- Hand-written (drizzle-kit generate cannot create functions): the sign-up's seat work as one SQL
-- function, called by server/domain/events/seats.ts `signupSeat()` after the router's request-key claim,
-- inside the same transaction. Keep this file when regenerating the schema migrations.
--
-- linli_signup(community, event, user, party, remind, proxy_by, at) locks the event row (FOR UPDATE: every
-- seat change of an event queues on it, the lock order of the events domain), then either
--   * gives `party` seats — freed numbers first (event_free_seats, lowest first), then fresh ones above
--     seat_hwm — and inserts the confirmed registration; or
--   * when the party does not fit and the event has a waiting list: the next waiting-list number and its
--     position (waitlist_seq − waitlist_left: every entry that left the list is older than this one, so
--     no count over the people waiting), and inserts the waitlisted registration; or
--   * answers 'full' (no seat, no waiting list) or 'closed' (not published or outside the sign-up window)
--     and writes nothing.
-- A second active registration of the same person fails the statement on registrations_active_uq (the
-- caller maps it to EVENTS.ALREADY_REGISTERED). Invariant kept: seats_taken + free numbers = seat_hwm ≤ capacity,
-- so free numbers exist exactly when seat_hwm > seats_taken (no probe of event_free_seats otherwise).
-- PL/pgSQL caches the plans of its statements per connection: on PGlite, which cannot prepare
-- statements from the client, this saves the parse and plan of every statement of the rush path.
CREATE OR REPLACE FUNCTION linli_signup(
  p_community text, p_event text, p_user text, p_party integer, p_remind boolean, p_proxy_by text, p_at timestamptz)
RETURNS TABLE (o_outcome text, o_id text, o_status text, o_seat_nos integer[], o_waitlist_seq integer, o_position integer)
LANGUAGE plpgsql AS $$
DECLARE
  e record;
  v_seats integer[];
  v_need integer;
  v_seq integer;
  v_id text;
BEGIN
  SELECT ev.capacity, ev.seats_taken, ev.seat_hwm, ev.waitlist_seq, ev.waitlist_left, ev.waitlist_enabled INTO e
    FROM events ev
   WHERE ev.community_id = p_community AND ev.id = p_event AND ev.status = 'published'
     AND ev.signup_opens_at <= p_at AND ev.signup_closes_at > p_at
   FOR UPDATE;
  IF NOT FOUND THEN
    RETURN QUERY SELECT 'closed'::text, NULL::text, NULL::text, NULL::integer[], NULL::integer, NULL::integer;
    RETURN;
  END IF;

  IF e.seats_taken + p_party <= e.capacity THEN
    IF e.seat_hwm > e.seats_taken THEN
      WITH reused AS (
        DELETE FROM event_free_seats f
         WHERE f.community_id = p_community AND f.event_id = p_event
           AND f.seat_no IN (SELECT g.seat_no FROM event_free_seats g
                              WHERE g.community_id = p_community AND g.event_id = p_event
                              ORDER BY g.seat_no LIMIT p_party)
        RETURNING f.seat_no)
      SELECT coalesce(array_agg(r.seat_no ORDER BY r.seat_no), '{}'::integer[]) INTO v_seats FROM reused r;
    ELSE
      v_seats := '{}'::integer[];
    END IF;
    v_need := p_party - cardinality(v_seats);
    v_seats := v_seats || ARRAY(SELECT generate_series(e.seat_hwm + 1, e.seat_hwm + v_need));
    UPDATE events SET seats_taken = seats_taken + p_party, seat_hwm = seat_hwm + v_need
     WHERE community_id = p_community AND id = p_event;
    INSERT INTO registrations (community_id, event_id, user_id, party_size, remind, proxy_by, status, seat_no, seat_nos)
    VALUES (p_community, p_event, p_user, p_party, p_remind, p_proxy_by, 'confirmed', v_seats[1], to_jsonb(v_seats))
    RETURNING id INTO v_id;
    RETURN QUERY SELECT 'registered'::text, v_id, 'confirmed'::text, v_seats, NULL::integer, NULL::integer;
  ELSIF e.waitlist_enabled THEN
    v_seq := e.waitlist_seq + 1;
    UPDATE events SET waitlist_seq = v_seq WHERE community_id = p_community AND id = p_event;
    INSERT INTO registrations (community_id, event_id, user_id, party_size, remind, proxy_by, status, waitlist_seq)
    VALUES (p_community, p_event, p_user, p_party, p_remind, p_proxy_by, 'waitlisted', v_seq)
    RETURNING id INTO v_id;
    RETURN QUERY SELECT 'registered'::text, v_id, 'waitlisted'::text, '{}'::integer[], v_seq, v_seq - e.waitlist_left;
  ELSE
    RETURN QUERY SELECT 'full'::text, NULL::text, NULL::text, NULL::integer[], NULL::integer, NULL::integer;
  END IF;
END
$$;
--> statement-breakpoint
-- Existing events: the entries that already left their waiting list (0009 added the column as 0).
UPDATE events e SET waitlist_left = e.waitlist_seq - (
  SELECT count(*)::integer FROM registrations r
   WHERE r.community_id = e.community_id AND r.event_id = e.id AND r.status = 'waitlisted');
