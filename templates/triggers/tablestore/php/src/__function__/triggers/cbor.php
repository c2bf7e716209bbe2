<?php
/**
 * A small CBOR (RFC 8949) decoder, so the Tablestore trigger needs no extension or Composer package.
 *
 * Results are JSON-safe: maps become stdClass objects, integers beyond +/-(2**53 - 1) become decimal
 * strings (a JavaScript number would round them), byte strings become base64 text and `undefined` becomes null.
 */

namespace App\Cbor;

/** The bytes are not exactly one well-formed CBOR item. */
class CborDecodeError extends \UnexpectedValueException
{
}

final class CborDecoder
{
    const MAX_SAFE_INTEGER = 9007199254740991;
    /** Far deeper than any Tablestore record; stops hostile input from exhausting the stack. */
    const MAX_DEPTH = 100;

    /** @var string */
    private $data;
    /** @var int */
    private $position = 0;
    /** @var int */
    private $depth = 0;

    private function __construct(string $data)
    {
        $this->data = $data;
    }

    /**
     * The single CBOR item in $data, made JSON-safe.
     *
     * @throws CborDecodeError
     */
    public static function decode(string $data)
    {
        $reader = new self($data);
        $value = $reader->item();
        if ($value instanceof CborBreak) {
            throw new CborDecodeError('unexpected break (0xff)');
        }
        $left = strlen($data) - $reader->position;
        if ($left !== 0) {
            throw new CborDecodeError($left . ' bytes left after the CBOR item');
        }
        return $value;
    }

    /** An integer as a PHP int when JavaScript can hold it exactly, else as decimal text. */
    public static function jsonSafeInteger($value)
    {
        if (is_int($value) && $value >= -self::MAX_SAFE_INTEGER && $value <= self::MAX_SAFE_INTEGER) {
            return $value;
        }
        return (string) $value;
    }

    private function take(int $count): string
    {
        if ($count > strlen($this->data) - $this->position) {
            throw new CborDecodeError('unexpected end of data');
        }
        $chunk = (string) substr($this->data, $this->position, $count);
        $this->position += $count;
        return $chunk;
    }

    private function initialByte(): int
    {
        return ord($this->take(1));
    }

    /**
     * The number after the initial byte (a value, length or tag) as big-endian bytes, or null for indefinite length.
     */
    private function argumentBytes(int $info)
    {
        if ($info < 24) {
            return chr($info);
        }
        if ($info >= 24 && $info <= 27) {
            return $this->take(1 << ($info - 24));
        }
        if ($info === 31) {
            return null;
        }
        throw new CborDecodeError('reserved additional information ' . $info);
    }

    /** A length or tag: an int, or null for indefinite length. */
    private function argument(int $info)
    {
        $bytes = $this->argumentBytes($info);
        if ($bytes === null) {
            return null;
        }
        $number = BigEndian::toInteger($bytes);
        if (!is_int($number)) {
            throw new CborDecodeError('length beyond the data'); // a length past PHP_INT_MAX
        }
        return $number;
    }

    /** The next item, or a CborBreak when it is the 0xff that ends an indefinite-length item. */
    private function item()
    {
        $initial = $this->initialByte();
        $major = $initial >> 5;
        $info = $initial & 0x1f;
        if ($major === 7) {
            return $this->simple($info);
        }
        if ($major === 0 || $major === 1) {
            $bytes = $this->argumentBytes($info);
            if ($bytes === null) {
                throw new CborDecodeError('major type ' . $major . ' cannot have indefinite length');
            }
            return self::jsonSafeInteger($major === 0 ? BigEndian::toInteger($bytes) : BigEndian::negativeToInteger($bytes));
        }
        $length = $this->argument($info);
        if ($major === 2) {
            return base64_encode($this->string(2, $length));
        }
        if ($major === 3) {
            $text = $this->string(3, $length);
            if (!preg_match('//u', $text)) {
                throw new CborDecodeError('text string is not UTF-8');
            }
            return $text;
        }
        if ($major === 6 && $length === null) {
            throw new CborDecodeError('a tag cannot have indefinite length');
        }
        $this->depth += 1;
        if ($this->depth > self::MAX_DEPTH) {
            throw new CborDecodeError('nested deeper than ' . self::MAX_DEPTH);
        }
        try {
            if ($major === 4) {
                return $this->arrayItems($length);
            }
            if ($major === 5) {
                return $this->mapEntries($length);
            }
            return $this->tagged($length);
        } finally {
            $this->depth -= 1;
        }
    }

    private function simple(int $info)
    {
        switch ($info) {
            case 20:
                return false;
            case 21:
                return true;
            case 22:
            case 23: // `undefined`
                return null;
            case 25:
                return self::halfFloat($this->take(2));
            case 26:
                return unpack('G', $this->take(4))[1];
            case 27:
                return unpack('E', $this->take(8))[1];
            case 31:
                return new CborBreak();
        }
        throw new CborDecodeError('unsupported simple value (additional information ' . $info . ')');
    }

    /** IEEE 754 half precision, which PHP's unpack() does not read. */
    private static function halfFloat(string $bytes): float
    {
        $bits = unpack('n', $bytes)[1];
        $sign = ($bits & 0x8000) ? -1.0 : 1.0;
        $exponent = ($bits >> 10) & 0x1f;
        $fraction = $bits & 0x3ff;
        if ($exponent === 0) {
            return $sign * $fraction * 2 ** -24; // subnormal, and the zeros
        }
        if ($exponent === 31) {
            return $fraction === 0 ? $sign * INF : NAN;
        }
        return $sign * (1 + $fraction / 1024) * 2 ** ($exponent - 15);
    }

    /** The raw bytes of a byte (major 2) or text (major 3) string. */
    private function string(int $major, $length): string
    {
        if ($length !== null) {
            return $this->take($length);
        }
        $raw = ''; // indefinite: definite chunks of the same type, then a break
        while (true) {
            $initial = $this->initialByte();
            if ($initial === 0xff) {
                return $raw;
            }
            $chunkLength = $this->argument($initial & 0x1f);
            if ($initial >> 5 !== $major || $chunkLength === null) {
                throw new CborDecodeError('bad chunk in an indefinite-length string');
            }
            $raw .= $this->take($chunkLength);
        }
    }

    private function arrayItems($length): array
    {
        $items = [];
        while ($length === null || count($items) < $length) {
            $value = $this->item();
            if ($value instanceof CborBreak) {
                if ($length === null) {
                    return $items;
                }
                throw new CborDecodeError('unexpected break (0xff) in an array');
            }
            $items[] = $value;
        }
        return $items;
    }

    private function mapEntries($length): \stdClass
    {
        $entries = new \stdClass();
        $count = 0;
        while ($length === null || $count < $length) {
            $key = $this->item();
            if ($key instanceof CborBreak) {
                if ($length === null) {
                    return $entries;
                }
                throw new CborDecodeError('unexpected break (0xff) in a map');
            }
            $value = $this->item();
            if ($value instanceof CborBreak) {
                throw new CborDecodeError('map key without a value');
            }
            if (is_array($key) || is_object($key)) {
                throw new CborDecodeError('map keys must be numbers, strings or simple values');
            }
            $entries->{self::keyText($key)} = $value;
            $count += 1;
        }
        return $entries;
    }

    /** A map key as JSON object keys are written: text, like JavaScript's String() of it. */
    private static function keyText($key): string
    {
        if (is_bool($key)) {
            return $key ? 'true' : 'false';
        }
        return $key === null ? 'null' : (string) $key;
    }

    private function tagged(int $tag)
    {
        if (($tag === 2 || $tag === 3) && $this->position < strlen($this->data)
            && ord($this->data[$this->position]) >> 5 === 2) {
            // Bignums: a byte string holding an unsigned number, and for tag 3 the negative -1 - n.
            $length = $this->argument($this->initialByte() & 0x1f);
            $bytes = $this->string(2, $length);
            return self::jsonSafeInteger($tag === 2 ? BigEndian::toInteger($bytes) : BigEndian::negativeToInteger($bytes));
        }
        $value = $this->item();
        if ($value instanceof CborBreak) {
            throw new CborDecodeError('tag without a value');
        }
        return $value; // other tags (dates, URIs, ...) keep their plain value
    }
}

/** The 0xff that ends an indefinite-length item. */
final class CborBreak
{
}

/** Unsigned big-endian numbers of any length, as PHP ints while they fit and as decimal text past PHP_INT_MAX. */
final class BigEndian
{
    /** The number n in $bytes: an int, or decimal text when it is beyond PHP_INT_MAX. */
    public static function toInteger(string $bytes)
    {
        $bytes = ltrim($bytes, "\0");
        if (strlen($bytes) < PHP_INT_SIZE || (strlen($bytes) === PHP_INT_SIZE && ord($bytes[0]) < 0x80)) {
            $number = 0;
            foreach (str_split($bytes) as $byte) {
                $number = ($number << 8) | ord($byte);
            }
            return $number;
        }
        return self::decimal($bytes);
    }

    /** The CBOR negative number -1 - n for the n in $bytes: an int, or decimal text when it is beyond PHP_INT_MIN. */
    public static function negativeToInteger(string $bytes)
    {
        $number = self::toInteger($bytes);
        if (is_int($number)) {
            return -1 - $number; // n <= PHP_INT_MAX, so -1 - n >= PHP_INT_MIN
        }
        return '-' . self::decimal(self::plusOne(ltrim($bytes, "\0")));
    }

    /** Decimal text of a big-endian number: long division by 10, a byte at a time. */
    private static function decimal(string $bytes): string
    {
        $digits = array_map('ord', str_split($bytes));
        $text = '';
        while ($digits) {
            $remainder = 0;
            $quotient = [];
            foreach ($digits as $digit) {
                $current = ($remainder << 8) | $digit;
                $next = intdiv($current, 10);
                $remainder = $current % 10;
                if ($quotient || $next !== 0) {
                    $quotient[] = $next;
                }
            }
            $text = $remainder . $text;
            $digits = $quotient;
        }
        return $text === '' ? '0' : $text;
    }

    private static function plusOne(string $bytes): string
    {
        for ($index = strlen($bytes) - 1; $index >= 0; $index--) {
            $byte = ord($bytes[$index]) + 1;
            $bytes[$index] = chr($byte & 0xff);
            if ($byte < 0x100) {
                return $bytes;
            }
        }
        return "\x01" . $bytes;
    }
}
