-- A sold hold whose order was cancelled before it shipped goes back on the shelf: RETURNED, with a
-- RETURN movement, so the ledger still explains the level.
alter table stock_reservations drop constraint stock_reservations_status_check;
alter table stock_reservations add constraint stock_reservations_status_check
  check (status in ('HELD','RELEASED','SOLD','RETURNED'));
