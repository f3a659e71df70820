import threading

config = {"mode": "fast", "level": 1}
backup = config.copy()
backup2 = dict(config)


def tweak():
    config["level"] = 2
    config["mode"] = "slow"


t = threading.Thread(target=tweak)
t.start()
t.join()
print(backup["level"], backup2["mode"], config["level"])
