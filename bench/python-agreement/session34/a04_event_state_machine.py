# An asyncio.Event-driven state machine: a door goes closed -> opening -> open -> closing -> closed, each
# transition triggered by an Event that a controller task sets.
import asyncio

state = "closed"
history = []
transitions = 0


async def door(events):
    global state, transitions
    table = [("closed", "open_cmd", "opening"), ("opening", "sensor_open", "open"),
             ("open", "close_cmd", "closing"), ("closing", "sensor_closed", "closed")]
    for current, trigger, following in table:
        assert state == current
        await events[trigger].wait()
        events[trigger].clear()
        state = following
        transitions += 1
        history.append(following)


async def controller(events):
    for trigger in ("open_cmd", "sensor_open", "close_cmd", "sensor_closed"):
        await asyncio.sleep(0.001)
        events[trigger].set()


async def main():
    events = {name: asyncio.Event() for name in ("open_cmd", "sensor_open", "close_cmd", "sensor_closed")}
    await asyncio.gather(door(events), controller(events))
    print(f"state={state} transitions={transitions} history={history}")


asyncio.run(main())
