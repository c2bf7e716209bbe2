package main

// A CBOR (RFC 8949) decoder for the Tablestore trigger's records: small, so the function needs no
// third-party package. Values come out as encoding/json would decode them: integers of any size as
// json.Number (bignums too), floats as float64, text as string, byte strings as []byte, arrays as
// []interface{}, maps as map[string]interface{} (other keys as their JSON text), null and undefined as nil.

import (
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"strconv"
	"unicode/utf8"
)

// Far deeper than any Tablestore record; stops hostile input from exhausting the stack.
const cborMaxDepth = 100

var errCBORBreak = errors.New("unexpected break (0xff)")

// decodeCBOR is the single CBOR item in data.
func decodeCBOR(data []byte) (interface{}, error) {
	reader := cborReader{data: data}
	value, err := reader.item()
	if err != nil {
		return nil, err
	}
	if left := len(data) - reader.position; left > 0 {
		return nil, fmt.Errorf("%d bytes left after the CBOR item", left)
	}
	return value, nil
}

type cborReader struct {
	data     []byte
	position int
	depth    int
}

func (r *cborReader) take(count uint64) ([]byte, error) {
	if count > uint64(len(r.data)-r.position) {
		return nil, errors.New("unexpected end of data")
	}
	chunk := r.data[r.position : r.position+int(count)]
	r.position += int(count)
	return chunk, nil
}

// argument is the number after an initial byte: a value, a length or a tag; indefinite is true for 31.
func (r *cborReader) argument(info byte) (value uint64, indefinite bool, err error) {
	switch {
	case info < 24:
		return uint64(info), false, nil
	case info <= 27:
		raw, err := r.take(1 << (info - 24))
		if err != nil {
			return 0, false, err
		}
		for _, b := range raw {
			value = value<<8 | uint64(b)
		}
		return value, false, nil
	case info == 31:
		return 0, true, nil
	default:
		return 0, false, fmt.Errorf("reserved additional information %d", info)
	}
}

// item is the next item; errCBORBreak when it is the 0xff that ends an indefinite-length item.
func (r *cborReader) item() (interface{}, error) {
	initial, err := r.take(1)
	if err != nil {
		return nil, err
	}
	major, info := initial[0]>>5, initial[0]&0x1f
	if major == 7 {
		return r.simple(info)
	}
	length, indefinite, err := r.argument(info)
	if err != nil {
		return nil, err
	}
	if indefinite && (major == 0 || major == 1 || major == 6) {
		return nil, fmt.Errorf("major type %d cannot have indefinite length", major)
	}
	switch major {
	case 0:
		return json.Number(strconv.FormatUint(length, 10)), nil
	case 1: // -1 - n, which may not fit in an int64
		negative := new(big.Int).SetUint64(length)
		return json.Number(negative.Neg(negative.Add(negative, big.NewInt(1))).String()), nil
	case 2, 3:
		return r.text(major, length, indefinite)
	}
	r.depth++
	defer func() { r.depth-- }()
	if r.depth > cborMaxDepth {
		return nil, fmt.Errorf("nested deeper than %d", cborMaxDepth)
	}
	switch major {
	case 4:
		return r.array(length, indefinite)
	case 5:
		return r.object(length, indefinite)
	default:
		return r.tagged(length)
	}
}

func (r *cborReader) simple(info byte) (interface{}, error) {
	switch info {
	case 20:
		return false, nil
	case 21:
		return true, nil
	case 22, 23: // null, undefined
		return nil, nil
	case 25:
		raw, err := r.take(2)
		if err != nil {
			return nil, err
		}
		return halfFloat(binary.BigEndian.Uint16(raw)), nil
	case 26:
		raw, err := r.take(4)
		if err != nil {
			return nil, err
		}
		return float64(math.Float32frombits(binary.BigEndian.Uint32(raw))), nil
	case 27:
		raw, err := r.take(8)
		if err != nil {
			return nil, err
		}
		return math.Float64frombits(binary.BigEndian.Uint64(raw)), nil
	case 31:
		return nil, errCBORBreak
	default:
		return nil, fmt.Errorf("unsupported simple value (additional information %d)", info)
	}
}

// halfFloat is an IEEE 754 half-precision number.
func halfFloat(bits uint16) float64 {
	exponent, fraction := int(bits>>10)&0x1f, float64(bits&0x3ff)
	var value float64
	switch exponent {
	case 0:
		value = math.Ldexp(fraction, -24)
	case 31:
		value = math.Inf(1)
		if fraction != 0 {
			value = math.NaN()
		}
	default:
		value = math.Ldexp(fraction+1024, exponent-25)
	}
	if bits&0x8000 != 0 {
		return -value
	}
	return value
}

// text is a byte string ([]byte) or a text string (string); indefinite ones are chunks of the same type up to a break.
func (r *cborReader) text(major byte, length uint64, indefinite bool) (interface{}, error) {
	var raw []byte
	if !indefinite {
		chunk, err := r.take(length)
		if err != nil {
			return nil, err
		}
		raw = chunk
	} else {
		raw = []byte{}
		for {
			initial, err := r.take(1)
			if err != nil {
				return nil, err
			}
			if initial[0] == 0xff {
				break
			}
			chunkLength, chunkIndefinite, err := r.argument(initial[0] & 0x1f)
			if err != nil {
				return nil, err
			}
			if initial[0]>>5 != major || chunkIndefinite {
				return nil, errors.New("bad chunk in an indefinite-length string")
			}
			chunk, err := r.take(chunkLength)
			if err != nil {
				return nil, err
			}
			raw = append(raw, chunk...)
		}
	}
	if major == 2 {
		return append([]byte{}, raw...), nil
	}
	if !utf8.Valid(raw) {
		return nil, errors.New("text string is not UTF-8")
	}
	return string(raw), nil
}

func (r *cborReader) array(length uint64, indefinite bool) (interface{}, error) {
	items := []interface{}{}
	for indefinite || uint64(len(items)) < length {
		value, err := r.item()
		if err == errCBORBreak {
			if indefinite {
				return items, nil
			}
			return nil, errors.New("unexpected break (0xff) in an array") // not errCBORBreak: that would end an enclosing item
		}
		if err != nil {
			return nil, err
		}
		items = append(items, value)
	}
	return items, nil
}

func (r *cborReader) object(length uint64, indefinite bool) (interface{}, error) {
	entries := map[string]interface{}{}
	for count := uint64(0); indefinite || count < length; count++ {
		key, err := r.item()
		if err == errCBORBreak {
			if indefinite {
				return entries, nil
			}
			return nil, errors.New("unexpected break (0xff) in a map")
		}
		if err != nil {
			return nil, err
		}
		value, err := r.item()
		if err == errCBORBreak {
			return nil, errors.New("map key without a value")
		}
		if err != nil {
			return nil, err
		}
		name, err := cborKey(key)
		if err != nil {
			return nil, err
		}
		entries[name] = value
	}
	return entries, nil
}

// cborKey is a map key as a JSON object's member name: text as it is, other values as their JSON text.
func cborKey(key interface{}) (string, error) {
	switch key := key.(type) {
	case string:
		return key, nil
	case []interface{}, map[string]interface{}:
		return "", errors.New("map keys must be numbers, strings or simple values")
	case []byte:
		return base64.StdEncoding.EncodeToString(key), nil
	case float64:
		return strconv.FormatFloat(key, 'g', -1, 64), nil
	default:
		text, err := json.Marshal(key)
		return string(text), err
	}
}

func (r *cborReader) tagged(tag uint64) (interface{}, error) {
	value, err := r.item()
	if err == errCBORBreak {
		return nil, errors.New("tag without a value")
	}
	if err != nil {
		return nil, err
	}
	if magnitude, isBytes := value.([]byte); isBytes && (tag == 2 || tag == 3) {
		// Bignums: unsigned, and negative as -1 - n.
		number := new(big.Int).SetBytes(magnitude)
		if tag == 3 {
			number.Neg(number.Add(number, big.NewInt(1)))
		}
		return json.Number(number.String()), nil
	}
	return value, nil // other tags (dates, URIs, ...) keep their plain value
}
