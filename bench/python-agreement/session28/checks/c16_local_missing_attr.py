import threading

data = threading.local()
data.value = 7
seen_in_thread = 0
main_value = 0


def look() -> None:
    global seen_in_thread
    seen_in_thread = -1
    if hasattr(data, "value"):
        seen_in_thread = data.value
    data.value = 99


t = threading.Thread(target=look)
t.start()
t.join()
main_value = data.value
print(seen_in_thread, main_value)
assert seen_in_thread == -1 and main_value == 7
