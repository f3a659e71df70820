import threading

config = {"retries": 1}
snapshot = dict(config)
history: list[int] = []
alias = history
lock = threading.Lock()


def tune(settings: dict, bump: int) -> None:
    with lock:
        settings["retries"] += bump
        alias.append(settings["retries"])


t1 = threading.Thread(target=tune, args=(config, 2))
t2 = threading.Thread(target=tune, args=(snapshot, 5))
t1.start()
t2.start()
t1.join()
t2.join()
config_retries = config["retries"]
snapshot_retries = snapshot["retries"]
history_len = len(history)
print(config_retries, snapshot_retries, history)
