import threading

settings = None
mode = ""


def load():
    global settings
    settings = {"mode": "fast", "level": 3}


def use():
    global mode
    while settings is None:
        pass
    mode = settings["mode"]


a = threading.Thread(target=load)
b = threading.Thread(target=use)
b.start()
a.start()
a.join()
b.join()
