/**
 * A Storage in front of another (jsdom's localStorage) that fails writes on demand:
 *  - `failWrite(n)`: the write after the next `n` ones throws QuotaExceededError, once;
 *  - `fullAfter(n)`: runs out of room as a browser does: `n` more writes that need room go
 *    through, then the quota is the most that was ever in use, and every write that would
 *    need more throws. Writes that need no more (shrinking, putting an older value back,
 *    removing) still succeed. Room is counted as browsers do: lengths of keys and values.
 * `free()` ends either. `tripped` says whether a write failed since. `changes` lists every
 * change made through it, as another tab's `storage` events would report them.
 */
export function fullableStorage(backing: Storage) {
  let countdown: number | null = null
  let allowance: number | null = null
  let peak = 0
  let quota = Number.POSITIVE_INFINITY
  let tripped = false
  const changes: Array<{ key: string; newValue: string | null }> = []
  const sizeOf = (key: string, value: string | null) => (value === null ? 0 : key.length + value.length)
  const used = () => {
    let total = 0
    for (let index = 0; index < backing.length; index++) {
      const key = backing.key(index)!
      total += sizeOf(key, backing.getItem(key))
    }
    return total
  }
  const refuse = () => {
    tripped = true
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
  }

  const storage: Storage = {
    get length() {
      return backing.length
    },
    key: (index) => backing.key(index),
    getItem: (key) => backing.getItem(key),
    removeItem: (key) => {
      if (backing.getItem(key) !== null) changes.push({ key, newValue: null })
      backing.removeItem(key)
    },
    clear: () => backing.clear(),
    setItem(key, value) {
      if (countdown !== null && countdown-- === 0) refuse()
      const growth = sizeOf(key, value) - sizeOf(key, backing.getItem(key))
      if (growth > 0 && allowance !== null && quota === Number.POSITIVE_INFINITY) {
        if (allowance === 0) quota = peak
        else allowance -= 1
      }
      if (used() + growth > quota) refuse()
      backing.setItem(key, value)
      changes.push({ key, newValue: value })
      peak = Math.max(peak, used())
    },
  }

  const free = () => {
    countdown = null
    allowance = null
    quota = Number.POSITIVE_INFINITY
    tripped = false
  }
  return {
    storage,
    failWrite(writes: number) {
      free()
      countdown = writes
    },
    fullAfter(writes: number) {
      free()
      allowance = writes
      peak = used()
    },
    free,
    changes,
    get tripped() {
      return tripped
    },
  }
}
