"""submit() each job, map each future back to its key, and gather results with as_completed."""
import concurrent.futures
import time


def word_count(text):
    time.sleep(0.001 * (len(text) % 3))
    return len(text.split())


documents = {
    "intro": "the quick brown fox",
    "body": "jumps over the lazy dog again and again",
    "outro": "the end",
}
counts = {}
completed = 0

with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
    future_to_name = {pool.submit(word_count, text): name for name, text in documents.items()}
    for future in concurrent.futures.as_completed(future_to_name):
        name = future_to_name[future]
        counts[name] = future.result()
        completed += 1

total_words = sum(counts.values())
print(counts, total_words)
assert completed == 3 and total_words == 14
