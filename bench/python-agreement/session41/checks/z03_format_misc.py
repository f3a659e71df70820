# check: format of int as float, truncated strings, zero padding of negatives
import threading

result = ""


def work():
    global result
    parts = []
    parts.append(f"{3:.2f}")
    parts.append(f"{'abcdef':.2}")
    parts.append(f"{-3:05}")
    parts.append(f"{-3:0>5}")
    parts.append(f"{7:=+5}")
    parts.append(f"{0.1234:.1%}")
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
