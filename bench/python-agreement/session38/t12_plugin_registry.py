# BUG: order violation: the loader thread registers plugins while the dispatcher thread is already
# dispatching events; an event dispatched before its plugin is registered is dropped.
import threading
import time

registry = {}
handled = []
dropped = []


def load_plugins():
    for name in ["audit", "metrics", "mailer"]:
        time.sleep(0.001)  # import the module
        registry[name] = name.upper()


def dispatch(events):
    for plugin, payload in events:
        handler = registry.get(plugin)
        if handler is None:
            dropped.append(payload)
        else:
            handled.append(f"{handler}:{payload}")


events = [("audit", "login"), ("metrics", "cpu"), ("mailer", "welcome")]
loader = threading.Thread(target=load_plugins)
dispatcher = threading.Thread(target=dispatch, args=(events,))
loader.start()
dispatcher.start()
loader.join()
dispatcher.join()

print(f"handled={handled} dropped={dropped}")
