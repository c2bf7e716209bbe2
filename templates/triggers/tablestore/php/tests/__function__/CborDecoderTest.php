<?php

use App\Cbor\CborDecodeError;
use App\Cbor\CborDecoder;

/** The CBOR decoder on examples from RFC 8949 Appendix A, plus the JSON-safe conversions. */
class CborDecoderTest extends FunctionTestCase
{
    protected function setUp(): void
    {
        $this->loadFunction();
    }

    public function examples(): array
    {
        return [
            ['00', 0],
            ['17', 23],
            ['1818', 24],
            ['1903e8', 1000],
            ['1a000f4240', 1000000],
            ['1b000000e8d4a51000', 1000000000000],
            ['1b001fffffffffffff', 9007199254740991],
            ['1b0020000000000000', '9007199254740992'],
            ['1bffffffffffffffff', '18446744073709551615'],
            ['3bffffffffffffffff', '-18446744073709551616'],
            ['3b7fffffffffffffff', '-9223372036854775808'],
            ['c249010000000000000000', '18446744073709551616'],
            ['c349010000000000000000', '-18446744073709551617'],
            ['20', -1],
            ['3863', -100],
            ['f90000', 0.0],
            ['f93c00', 1.0],
            ['f97bff', 65504.0],
            ['f90001', 5.960464477539063e-08],
            ['fa47c35000', 100000.0],
            ['fb3ff199999999999a', 1.1],
            ['f97c00', INF],
            ['f4', false],
            ['f5', true],
            ['f6', null],
            ['f7', null],
            ['40', ''],
            ['4401020304', 'AQIDBA=='],
            ['60', ''],
            ['6449455446', 'IETF'],
            ['62c3bc', "\u{00fc}"],
            ['80', []],
            ['83010203', [1, 2, 3]],
            ['8301820203820405', [1, [2, 3], [4, 5]]],
            ['a201020304', (object) ['1' => 2, '3' => 4]],
            ['a26161016162820203', (object) ['a' => 1, 'b' => [2, 3]]],
            ['c074323031332d30332d32315432303a30343a30305a', '2013-03-21T20:04:00Z'],
            ['5f42010243030405ff', 'AQIDBAU='],
            ['7f657374726561646d696e67ff', 'streaming'],
            ['9fff', []],
            ['9f018202039f0405ffff', [1, [2, 3], [4, 5]]],
            ['bf61610161629f0203ffff', (object) ['a' => 1, 'b' => [2, 3]]],
            ['bf6346756ef563416d7421ff', (object) ['Fun' => true, 'Amt' => -2]],
        ];
    }

    /** @dataProvider examples */
    public function testRfc8949Examples(string $hex, $expected)
    {
        $value = CborDecoder::decode(hex2bin($hex));
        if (is_object($expected) || is_array($expected)) {
            $this->assertEquals($expected, $value);
            $this->assertSame(json_encode($expected), json_encode($value));
        } else {
            $this->assertSame($expected, $value);
        }
    }

    public function testNanAndNegativeZero()
    {
        $this->assertNan(CborDecoder::decode(hex2bin('f97e00')));
        $this->assertSame(bin2hex(pack('E', -0.0)), bin2hex(pack('E', CborDecoder::decode(hex2bin('f98000')))));
    }

    public function malformed(): array
    {
        return [
            'nothing' => [''],
            'argument missing' => ['18'],
            'argument cut short' => ['1b0000'],
            'text shorter than its length' => ['62c3'],
            'not UTF-8' => ['62c328'],
            'two items' => ['0000'],
            'a break outside an indefinite item' => ['ff'],
            'indefinite array never closed' => ['9f01'],
            'text chunk inside a byte string' => ['5f6161ff'],
            'indefinite length on an integer' => ['1f'],
            'reserved additional information' => ['1c'],
            'array as a map key' => ['a1818001'],
            'nested too deep' => [str_repeat('81', 200) . '00'],
        ];
    }

    /** @dataProvider malformed */
    public function testMalformedInputRaisesADecodeError(string $hex)
    {
        $this->expectException(CborDecodeError::class);
        CborDecoder::decode((string) hex2bin($hex));
    }
}
