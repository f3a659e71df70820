"""round() is banker's rounding, int() truncates toward zero, divmod of negatives: computed in a thread."""
import threading

results: dict[str, int] = {}


def compute(x: float, y: int) -> None:
    results["round_half"] = round(x)
    results["round_neg"] = round(-x)
    results["int_neg"] = int(-x - 0.4)
    q, r = divmod(-y, 4)
    results["divmod_q"] = q
    results["divmod_r"] = r
    results["pow_mod"] = pow(3, y, 7)
    results["abs"] = abs(-y)


t = threading.Thread(target=compute, args=(2.5, 9))
t.start()
t.join()
print(results)
