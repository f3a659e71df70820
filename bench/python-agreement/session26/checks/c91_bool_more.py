import threading

queue_items: list[int] = []
names: dict[str, int] = {}
label = ""
out: dict[str, int] = {}
lock = threading.Lock()


def probe(text: str) -> None:
    local_list = [1] if text else []
    with lock:
        out["shared_list"] = int(bool(queue_items))
        out["shared_dict"] = int(bool(names))
        out["global_str"] = int(bool(label))
        out["local_list"] = int(bool(local_list))
        out["upper"] = int(bool(text.upper()))
        out["zero_float"] = int(bool(0.0))


t = threading.Thread(target=probe, args=("",))
t.start()
t.join()
count = len(out)
